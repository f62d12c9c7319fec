package it.readiness.beta;

import it.readiness.alpha.Words;

/** Uses alpha's code: beta's tests cover alpha's shout and whisper. */
public class Announcer {
    private final Words words = new Words();

    public String announce(String text) {
        String loud = words.shout(text);
        return loud;
    }

    public String murmur(String text) {
        String quiet = words.whisper(text);
        return quiet;
    }
}
