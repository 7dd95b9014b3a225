[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = CDi04aP0OrtqHvFIQsh6HgQ5A06a0ZPr7Ru24cy+fveaJwSF8Yh48wJHeFzA2ovpe4GWIZF9bkhcASQTwfX/Ag==
