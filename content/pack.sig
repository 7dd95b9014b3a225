[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = CaZvOzb7zZ1/83AsB4OfPPTKlnatIc7v10sKGObynwEwh+pxd1mXUVK4dMlI2djJhKq/YJ7eZg+dF4KMjpw1Dg==
