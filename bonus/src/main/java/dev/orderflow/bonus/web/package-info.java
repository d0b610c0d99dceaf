/** Bonus points on the web: the REST API and the page for people. */
package dev.orderflow.bonus.web;
