[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = QoFwmYbgah6Y5QTj753f2snDdy5HE+iCJMpKNVeTd/U+LX6ad8LEG0gSiy8H2j6FfS571tnuTHCaIubMN/hYDQ==
