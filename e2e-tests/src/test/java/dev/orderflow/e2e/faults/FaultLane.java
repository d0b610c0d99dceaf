package dev.orderflow.e2e.faults;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The fault tests run in a lane of their own, beside the other end-to-end tests (see junit-platform.properties):
 * one fault test at a time, since they share one system ({@link SharedOrderflow}) or, for {@link LeaderKillIT}, load
 * the machine with a cluster of their own; the others run one at a time in the main lane. Much of a fault test is
 * waiting (an outage of 30 s, orders paced at 50 a second, a consumer's restart), and of the others starting and
 * stopping whole systems, so on two cores each lane fills the other's waits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(FaultLane.LOCK)
@interface FaultLane {

	/** Held by the fault test that runs. */
	String LOCK = "orderflow.e2e.fault-lane";

}
