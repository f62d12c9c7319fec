package it.readiness.beta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnnouncerTest {
    @Test
    void announcesAndMurmurs() {
        Announcer announcer = new Announcer();
        assertEquals("HI!", announcer.announce("hi"));
        assertEquals("hi...", announcer.murmur("HI"));
    }
}
