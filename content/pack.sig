[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = O2K0XOYC15+0cWb0AUxvFAoCMTWGiMidzN0Hp9I1Oytls3x0BtPELO7au593ImKDx/Of6BjJWDHlhY3OuWH3Ag==
