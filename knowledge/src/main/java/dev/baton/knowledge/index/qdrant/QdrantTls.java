package dev.baton.knowledge.index.qdrant;

/** Whether the gRPC connection to Qdrant uses TLS: as the URL's scheme says, or always, or never. */
public enum QdrantTls {
    AUTO,
    ON,
    OFF
}
