[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = 9TbyoOmK9hYJtPkLVOy2zXjrC4VscWwaFL6Y2XfPGXkcucr7s5Mk6Nh5rBEbj/7rPAHl8R1hcqN1Q/Nw0xpBAw==
