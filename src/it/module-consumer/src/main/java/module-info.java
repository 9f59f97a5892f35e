/** An application module that uses Passerelle and nothing of its test kit. */
module org.example.app {
    requires org.passerelle;
}
