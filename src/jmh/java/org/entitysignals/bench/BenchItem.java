package org.entitysignals.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** The entity every persist-path variant writes. */
@Entity
public class BenchItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench")
    @SequenceGenerator(name = "bench", sequenceName = "BENCH_SEQ", allocationSize = 500)
    private Long id;

    private String name;

    private int amount;

    protected BenchItem() {
    }

    public BenchItem(String name, int amount) {
        this.name = name;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getAmount() {
        return amount;
    }

    public void setAmount(int amount) {
        this.amount = amount;
    }
}
