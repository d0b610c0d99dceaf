package dev.orderflow.order.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The order entry page's form as the browser posts it. A mutable bean, unlike the API's {@link OrderForm}, so that a
 * rejected form is shown again with exactly what the user typed, including values that are not numbers. The
 * property paths are the API's ({@code shippingAddress.street}, {@code lines[0].count}), so every error the API and
 * the use case report lands beside the field it names.
 */
class OrderEntry {

	private Long customerId;

	private AddressFields shippingAddress = new AddressFields();

	private AddressFields billingAddress = new AddressFields();

	private boolean billingSameAsShipping = true;

	private List<LineFields> lines = new ArrayList<>();

	/** An empty form with one line to fill in. */
	static OrderEntry blank() {
		OrderEntry entry = new OrderEntry();
		LineFields line = new LineFields();
		line.setCount(1);
		entry.lines.add(line);
		return entry;
	}

	OrderForm toForm() {
		OrderForm.AddressForm shipping = shippingAddress.toForm();
		return new OrderForm(customerId, shipping, billingSameAsShipping ? shipping : billingAddress.toForm(),
				lines.stream().map(line -> new OrderForm.LineForm(line.itemId, line.count)).toList());
	}

	/** Whether an error on this field belongs on the page: the billing fields are hidden while they copy shipping. */
	boolean shows(String field) {
		return !(billingSameAsShipping && field.startsWith("billingAddress"));
	}

	public Long getCustomerId() {
		return customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public AddressFields getShippingAddress() {
		return shippingAddress;
	}

	public void setShippingAddress(AddressFields shippingAddress) {
		this.shippingAddress = shippingAddress;
	}

	public AddressFields getBillingAddress() {
		return billingAddress;
	}

	public void setBillingAddress(AddressFields billingAddress) {
		this.billingAddress = billingAddress;
	}

	public boolean isBillingSameAsShipping() {
		return billingSameAsShipping;
	}

	public void setBillingSameAsShipping(boolean billingSameAsShipping) {
		this.billingSameAsShipping = billingSameAsShipping;
	}

	public List<LineFields> getLines() {
		return lines;
	}

	public void setLines(List<LineFields> lines) {
		this.lines = lines;
	}

	static class AddressFields {

		private String street;

		private String zip;

		private String city;

		OrderForm.AddressForm toForm() {
			return new OrderForm.AddressForm(street, zip, city);
		}

		public String getStreet() {
			return street;
		}

		public void setStreet(String street) {
			this.street = street;
		}

		public String getZip() {
			return zip;
		}

		public void setZip(String zip) {
			this.zip = zip;
		}

		public String getCity() {
			return city;
		}

		public void setCity(String city) {
			this.city = city;
		}

	}

	static class LineFields {

		private Long itemId;

		private Integer count;

		public Long getItemId() {
			return itemId;
		}

		public void setItemId(Long itemId) {
			this.itemId = itemId;
		}

		public Integer getCount() {
			return count;
		}

		public void setCount(Integer count) {
			this.count = count;
		}

	}

}
