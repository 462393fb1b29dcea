"""The controlled vocabulary: the project's SKOS thesaurus, loading, checking, resolving.

Data flow position: mapping -> **vocabulary** -> index. ``load_vocabulary`` builds a
:class:`Vocabulary` once; ``enrich`` tags records with its concepts; the search API uses its
label and hierarchy look-ups. See DESIGN.md ("vocabulary/").
"""

from vocabulary.model import BASE_URI, Concept, Scheme, VocabularyError
from vocabulary.resolver import ConceptHit, Vocabulary

__all__ = ["BASE_URI", "Concept", "ConceptHit", "Scheme", "Vocabulary", "VocabularyError"]
