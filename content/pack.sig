[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = SyRT3pPY/y2CLWP4W9dFv+ftcFHGUIaOWebvaTqKv6RZmoKNK1vOhOx5oIJ+jIlTveszT/K1+YTXEsnhPkX0Bw==
