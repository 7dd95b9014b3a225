[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = 8Et9ZsvxQHg5+ixe/UHQGQyT6qXRgyyJZWFG5oRRQLg5ywEJKwbwUWxGcn9/4kgokHeP55sdwJODD6pJARu+Ag==
