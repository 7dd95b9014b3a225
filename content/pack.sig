[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = vZkC6PFy3X3iZyHxawNSIaGZoKKA0CYWQvfKOUoTTxDV33OBHHXPHHMi1cMvcz/P/p8BrgbSa79QjRxeytAGAg==
