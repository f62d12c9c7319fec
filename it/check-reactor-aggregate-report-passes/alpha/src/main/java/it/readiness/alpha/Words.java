package it.readiness.alpha;

/** Half of it is tested here, the other half only through beta's tests. */
public class Words {
    public String greet(String name) {
        String greeting = "Hello " + name;
        return greeting;
    }

    public String shout(String text) {
        String loud = text.toUpperCase();
        String marked = loud + "!";
        return marked;
    }

    public String whisper(String text) {
        String quiet = text.toLowerCase();
        String marked = quiet + "...";
        return marked;
    }
}
