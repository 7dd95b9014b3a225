[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = 7YcJjrRgxKMXA/1J7/hzH5eUglM+qdoMy0HgKh9CL5c9nrGJr3R389IyI/RbyGniZQJZ833AsoolWijOuI98BA==
