[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = hBIOk7Ei0Z4e/J5qF/frEBxXUYkAMZIN4t9w2NRlmXLwSPo5uwjCxWcX+yNDeOFOQZTraJhBE5/wMmmutpZSAg==
