package it.readiness.shop;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PriceController {
    @Value("${shop.api-key:demo-key}")
    private String apiKey;

    @GetMapping("/price")
    public String price() {
        try {
            return String.valueOf(Price.discounted(100, 10));
        } catch (RuntimeException e) {
            e.printStackTrace();
            return "";
        }
    }
}
