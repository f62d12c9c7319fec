package it.readiness;

/** Calls a payment API with a token from the environment. */
public class PaymentClient {
    private final String baseUrl;

    public PaymentClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String authorization() {
        return "Bearer " + System.getenv("PAYMENT_API_TOKEN");
    }

    public String endpoint(String path) {
        return baseUrl + path;
    }
}
