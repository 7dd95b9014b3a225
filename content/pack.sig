[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = dRkRQA+uKqNFcLSqRdoK+ZigkCabduwQvymD3kYhclop3i+6et+iuGUXKOQoajAywkaYwUAPtEc/nuANQgXKDA==
