[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = ZtL1K6seIivUodoUFLORYD/ld9ZMEC3/4fl5lnskkyYHspeDZNeg3b98Nf4EeWe6/zSohqA9Jtz6UVi/iKz3CQ==
