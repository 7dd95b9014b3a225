[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = qJ/f8apmreuFO2f7JYfkBwKImKf5MLkfWzH6djAh03THitCRdF5kr3hfYb+u9TA6eLemyqOiZlWD/tk/gkZjAQ==
