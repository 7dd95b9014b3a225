[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = 7ObIiUtLdFjs5rZsEnExl3aqdEYPFlCO3JdqV6Sezd5k0WvfQrPnEajMA9IB/D+WgV0yo8DjNVNs+V3RPvL7Ag==
