/** The pipeline page and the JSON it refreshes itself from. */
package dev.orderflow.pipeline.web;
