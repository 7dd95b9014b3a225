[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = iDIavI1VIHDYyGV+xf2R2nu6JfoAMNpynapzgSmQ3SnH3g2mDq0h91/7TZH0dN+GbEZR8tfeHuvYIe+r/xWeDQ==
