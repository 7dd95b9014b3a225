[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = 2HvYZYhDe8XtOOL3i5r9DrydmlWIptm+gaDL1OkJ78Vx2pzAyF9ItRbdW2I4KnwDxsL5+vSuPdPAWkrbsRSdCQ==
