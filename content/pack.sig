[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = TruCkUzgZRuuV1mB+9PAfvtaSABplKPxwpDUdJjoRxuNRPUGY+XO1DmMNR/dF6yb6beYUoTuiBsvBXXIiV2kBQ==
