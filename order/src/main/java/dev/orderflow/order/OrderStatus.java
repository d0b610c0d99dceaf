package dev.orderflow.order;

/** Placed until cancelled; whether it has shipped is for the shipping service to know (docs/design.md). */
public enum OrderStatus {

	PLACED, CANCELLED

}
