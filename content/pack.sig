[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = D0+rYhpQQ+rGFD9inNfHJUC/yfp/TbuK3SPvwu9/174nueoE1bGeDvgi70Qphkiak9z1O4g/te4YFPfUHKFSAQ==
