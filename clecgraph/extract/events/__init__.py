"""Events: typed events found by trigger words, with the place and date each is anchored to."""
