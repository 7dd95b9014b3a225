[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = HRub7POqm9wLeKoZ+7xV1UeKX9LRlmunzVwKqPxdZrh2GVgncc6o84rgKkxHCfH9LtfF8W8IDnGrLRvC/OIDDw==
