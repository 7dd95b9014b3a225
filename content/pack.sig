[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = QlJG/6+Q0SjPhWLtHQRUExcepWaY4gvlDNQdkPl0gRg1jZpEikvAQ/8Qm+SVU6JOoRlOUhlFxMdoCHQsbLBlBw==
