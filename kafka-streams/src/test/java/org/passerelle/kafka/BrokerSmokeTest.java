package org.passerelle.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class BrokerSmokeTest {
    @Test
    void startsAndCarriesARecord() throws Exception {
        try (Broker broker = Broker.start()) {
            broker.createTopics(2, List.of(), "t");
            Properties p = new Properties();
            p.put("bootstrap.servers", broker.bootstrapServers());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k", "v")).get();
            }
            p.put("group.id", "g");
            p.put("auto.offset.reset", "earliest");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                int n = 0;
                for (int i = 0; i < 20 && n == 0; i++) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    n += records.count();
                }
                assertThat(n).isEqualTo(1);
            }
        }
    }
}
