package dev.orderflow.order.web;

import dev.orderflow.order.Address;
import dev.orderflow.order.Order;

/**
 * The order page's address form as the browser posts it, a mutable bean like {@link OrderEntry} so that a rejected
 * form shows again what the user typed; its property paths are the API's ({@code shippingAddress.street}).
 */
class AddressesEntry {

	private OrderEntry.AddressFields shippingAddress = new OrderEntry.AddressFields();

	private OrderEntry.AddressFields billingAddress = new OrderEntry.AddressFields();

	static AddressesEntry of(Order order) {
		AddressesEntry entry = new AddressesEntry();
		entry.shippingAddress = fields(order.shippingAddress());
		entry.billingAddress = fields(order.billingAddress());
		return entry;
	}

	private static OrderEntry.AddressFields fields(Address address) {
		OrderEntry.AddressFields fields = new OrderEntry.AddressFields();
		fields.setStreet(address.street());
		fields.setZip(address.zip());
		fields.setCity(address.city());
		return fields;
	}

	AddressesForm toForm() {
		return new AddressesForm(shippingAddress.toForm(), billingAddress.toForm());
	}

	public OrderEntry.AddressFields getShippingAddress() {
		return shippingAddress;
	}

	public void setShippingAddress(OrderEntry.AddressFields shippingAddress) {
		this.shippingAddress = shippingAddress;
	}

	public OrderEntry.AddressFields getBillingAddress() {
		return billingAddress;
	}

	public void setBillingAddress(OrderEntry.AddressFields billingAddress) {
		this.billingAddress = billingAddress;
	}

}
