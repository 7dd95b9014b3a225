[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = N/EA2saF4Hzq2QZuwHk2Ik/XlhgYZPP5WWrjnuQrD8pLburrZs1WABzfLedFCkz2lQm50Pjaxtm/biBrwIFaAw==
