package dev.orderflow.invoicing;

public enum InvoiceStatus {

	ISSUED, CANCELLED

}
