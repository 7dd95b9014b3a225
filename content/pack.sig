[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = ibz3z+7EH5OQbQqNbpvVNJNg21j4WCJolzFLUcwsRbw75qT+JbEKGKEOJsQNA9d8rW5VeIFPCDkCzg/gQckrAw==
