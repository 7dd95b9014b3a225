[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = LantbdQ4Pg1Htqy7W3xhJOtM1MAtxTSuJQ1J/px1BUagm+k/mvVsmykfKMRc0WMTNQPoFAK0Np2xdAVsBAYjCg==
