-- Owned by the column, a replay's `truncate ... restart identity` restarts the numbering with the table, so the
-- rebuilt credit notes get the numbers they had.
alter sequence credit_note_number owned by credit_note.number;
