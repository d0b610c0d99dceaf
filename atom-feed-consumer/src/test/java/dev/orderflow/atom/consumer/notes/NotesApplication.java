package dev.orderflow.atom.consumer.notes;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service for the tests of the feed consumer: it keeps a note for every {@code NoteTaken} entry of the feed. */
@SpringBootApplication
public class NotesApplication {

}
