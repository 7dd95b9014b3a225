[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = 7OiN0yhONK+j8yHak/46XXrxyQxjJ0JJ/VrIsnYQvFD0SvgdSG+S6N4ZZ9/mpIeydw8pJ7wMAbt3LsYFyY0qAg==
