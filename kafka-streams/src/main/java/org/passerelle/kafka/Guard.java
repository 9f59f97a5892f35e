package org.passerelle.kafka;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns the text of each record into a value with a piece of work that may fail; whatever it throws
 * becomes a dead letter naming the record's place ({@code topic/partition/offset}), so the stream
 * goes on. Only the work is guarded: what happens downstream of it is not caught here.
 *
 * @param <T> the type of the value
 */
final class Guard<T> implements FixedKeyProcessorSupplier<String, String, Step<T>> {
    /** The work on one record. */
    @FunctionalInterface
    interface Work<T> {
        /**
         * Does the work.
         *
         * @param text the record's value
         * @param place the record's place, to quote in problems
         * @return the value, not null
         */
        T apply(String text, String place);
    }

    private final Work<T> work;

    Guard(Work<T> work) {
        this.work = work;
    }

    @Override
    public FixedKeyProcessor<String, String, Step<T>> get() {
        return new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<String, Step<T>> context;

            @Override
            public void init(FixedKeyProcessorContext<String, Step<T>> context) {
                this.context = context;
            }

            @Override
            public void process(FixedKeyRecord<String, String> record) {
                RecordMetadata m = context.recordMetadata().orElse(null);
                String topic = m == null ? "(unknown topic)" : m.topic();
                int partition = m == null ? -1 : m.partition();
                long offset = m == null ? -1 : m.offset();
                Step<T> step;
                if (record.value() == null) {
                    step = Step.failed(new DeadLetter(topic, partition, offset, record.key(),
                            "the record has no value", null));
                } else {
                    try {
                        step = Step.ok(work.apply(record.value(), topic + "/" + partition + "/" + offset));
                    } catch (RuntimeException e) {
                        step = Step.failed(new DeadLetter(topic, partition, offset, record.key(), Step.describe(e),
                                record.value()));
                    }
                }
                context.forward(record.withValue(step));
            }
        };
    }
}
