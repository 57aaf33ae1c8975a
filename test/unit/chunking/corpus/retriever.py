"""A tiny retrieval helper: split documents, embed the chunks, find the closest ones."""
import math
from dataclasses import dataclass, field


@dataclass
class Chunk:
    text: str
    source: str
    vector: list[float] = field(default_factory=list)


class Retriever:
    """Keeps chunks and their vectors in memory; good enough for a lesson."""

    def __init__(self, embed, chunk_size=500, chunk_overlap=50):
        self.embed = embed
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.chunks: list[Chunk] = []

    def add(self, text, source):
        for piece in self.split(text):
            self.chunks.append(Chunk(piece, source, self.embed(piece)))

    def split(self, text):
        step = self.chunk_size - self.chunk_overlap
        for start in range(0, max(len(text) - self.chunk_overlap, 1), step):
            yield text[start:start + self.chunk_size]

    def search(self, query, k=3):
        wanted = self.embed(query)
        scored = sorted(self.chunks, key=lambda chunk: -cosine(wanted, chunk.vector))
        return scored[:k]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def bag_of_letters(text):
	"""A toy embedding: how often each letter appears (tabs on purpose: the '\\n\\tdef ' separator)."""
	counts = [0.0] * 26
	for letter in text.lower():
		if "a" <= letter <= "z":
			counts[ord(letter) - ord("a")] += 1
	return counts

	def unused(self):
		return None


if __name__ == "__main__":
    retriever = Retriever(bag_of_letters, chunk_size=80, chunk_overlap=10)
    retriever.add("Chunking splits a document so that each piece fits the embedding model. " * 5, "demo.txt")
    retriever.add("Dividir o documento em pedaços ajuda a recuperar só o trecho relevante. " * 5, "exemplo.txt")
    for chunk in retriever.search("embedding model"):
        print(chunk.source, chunk.text[:40])
