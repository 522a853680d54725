"""Adjudication decisions for batch 3 (60 papers), one entry per difference that diff.py lists.

Keys (paper number = line of batch3/papers.jsonl, 1-based):
  (field, start, text)      a mention only one annotator has (onlyA / onlyB), or a shared span with a
                            different label or concept (span)
  ('c', concept, attribute) an attribute (label, generic, role, salient) of a concept string both list

Values: (decision, reason). Decisions:
  KEEP / DROP                for onlyA / onlyB mentions (KEEP takes the annotator's label and concept)
  (LABEL, concept)           keep the mention with this label and concept
  'A' / 'B'                  for shared spans and concept attributes: take that annotator's value

RENAME and ATTRS change agreed annotations (cross-file consistency); both are empty unless noted.
"""

KEEP, DROP = "keep", "drop"
M, T, D_, R, K = "METHOD", "MODEL", "DATASET", "METRIC", "TASK"

D = {}

D[1] = {
    ("c", "pre-training", "salient"): (
        "A",
        "the paper traces representations over pre-training: in its one-line summary",
    ),
}
D[2] = {
    ("abstract", 876, "geo-topological summary statistics"): (
        KEEP,
        "named family of statistics the paper introduces and evaluates ('this new family of statistics')",
    ),
    ("abstract", 1648, "sensitivity"): (
        KEEP,
        "results sentence reporting the evaluated metric ('maintain excellent sensitivity'); every occurrence",
    ),
    ("c", "representational dissimilarity matrix", "salient"): (
        "B",
        "the geometry summary tRSA generalizes: background, not in the one-line summary",
    ),
}
D[3] = {
    ("c", "sequence-to-program models", "salient"): (
        "B",
        "class noun inside the description of the own model, like gold 'auto-regressive generation model' -> autoregressive models (not salient)",
    ),
}
D[4] = {
    ("c", "unsupervised representation learning", "salient"): (
        "B",
        "generic field named in the opening background sentence",
    ),
}
D[5] = {
    ("c", "masked language models", "generic"): (
        "A",
        "class of models (BERT, RoBERTa), like gold encoder-only models / language models (generic)",
    ),
    ("c", "clipping", "salient"): (
        "A",
        "clipping the outliers is one of the paper's findings and applications (repeated in the results)",
    ),
}
D[6] = {
    ("abstract", 395, "retrieval"): (
        DROP,
        "elliptical 'image classification and retrieval': only the complete conjunct (s7)",
    ),
    ("abstract", 741, "reconstruction"): (
        KEEP,
        "bare task word for the evaluated task single-view 3D reconstruction (s7 bare task words)",
    ),
}
D[8] = {
    ("c", "Transformer", "salient"): (
        "A",
        "title: 'A Transformer That Preserves Logical Equivalence'; the own model is a Transformer",
    ),
}
D[9] = {
    ("abstract", 643, "convolutions"): (
        "A",
        "the operation 'convolution', the string both annotators use for P33 and P36",
    ),
    ("abstract", 1165, "next-word prediction"): (
        "B",
        "metric named as 'the intrinsic language modeling metric': a separate METRIC concept (s7 losses), not a near-copy of METHOD next-token prediction",
    ),
    ("c", "tokenization", "role"): (
        "A",
        "the paper is about tokenization for language modeling (its own scheme is a tokenizer)",
    ),
    ("c", "tokenization", "salient"): (
        "A",
        "tokenization is the paper's subject (title 'Word-Pooled Tokenization')",
    ),
}
D[11] = {
    ("abstract", 123, "discrete sparse autoencoders"): (
        KEEP,
        "'discrete' makes the proposed variant (codes discretised into integers): modifier that makes a different concept (s7)",
    ),
    ("abstract", 132, "sparse autoencoders"): (DROP, "gives way to A's whole span for the proposed variant"),
    ("abstract", 1308, "discrete sparse autoencoders"): (KEEP, "as above"),
    ("abstract", 1317, "sparse autoencoders"): (DROP, "as above"),
    ("c", "running time", "salient"): (
        "B",
        "'reducing runtime from hours to seconds' is a headline result (title 'Scalable')",
    ),
}
D[12] = {
    ("abstract", 635, "multi-stage training"): (
        DROP,
        "descriptive phrase for the paper's own training procedure, not a named technique (s7 descriptive phrases)",
    ),
    ("c", "vision-language understanding", "salient"): (
        "A",
        "the task the results are reported on ('diverse vision-language tasks'), next to the title's multimodal understanding",
    ),
    ("c", "visual tokens", "salient"): (
        "A",
        "BPE is applied to visual tokens: the object of the paper's method",
    ),
}
D[13] = {
    ("abstract", 426, "encoder-regressor-decoder"): (
        "B",
        "concept string parallel to gold 'encoder-decoder architecture' (span 'encoder-decoder')",
    ),
    ("c", "self-supervised pre-training", "salient"): (
        "A",
        "CAE is 'for self-supervised representation pretraining': the paper's purpose",
    ),
}
D[14] = {
    ("abstract", 123, "data science"): (
        DROP,
        "background domain ('as used in data science'), like batch 2's dropped domains (mathematics, coding)",
    ),
    ("abstract", 470, "probabilistic programs"): (
        KEEP,
        "the paper is about probabilistic programs (s1 exception for languages studied as a method); every occurrence",
    ),
    ("abstract", 1184, "probabilistic programs"): (KEEP, "as above"),
    ("c", "sequential Monte Carlo", "salient"): (
        "B",
        "the algorithms the paper validates: its only concrete results",
    ),
    ("c", "Markov chain Monte Carlo", "salient"): ("B", "as above"),
}
D[15] = {
    ("abstract", 24, "pre-training"): (
        KEEP,
        "'dual-encoder pre-training works': pre-training is a complete name (every occurrence)",
    ),
    ("c", "contrastive learning", "salient"): (
        "B",
        "the salient concept is contrastive vision-language pre-training; contrastive learning is named in background",
    ),
}
D[16] = {
    ("abstract", 89, "foundational model"): (
        KEEP,
        "class noun that names a thing on its own (s7), gold foundation models",
    ),
    ("abstract", 868, "loss"): (
        KEEP,
        "loss compared as a measure between models ('distinct loss and accuracy characteristics') -> METRIC training loss (s7 losses)",
    ),
    ("c", "PLGA", "salient"): ("B", "component of PLDR-LLM named once; not in the one-line summary"),
    ("c", "inference time", "salient"): (
        "B",
        "improving inference time with G-cache is the paper's practical result",
    ),
}
D[17] = {
    ("abstract", 518, "pre-training"): (
        KEEP,
        "'in-context pre-training task': pre-training is a complete name (every occurrence)",
    ),
}
D[19] = {
    ("abstract", 781, "Atrous Spatial Pyramid Pooling"): (
        "A",
        "named module coined with an acronym -> acronym concept ASPP (s7 acronyms)",
    ),
}
D[20] = {
    ("abstract", 247, "Learning By Heart"): (
        "B",
        "lower-case like other principle/method strings (infomax principle, learn your tokens)",
    ),
}
D[21] = {
    ("abstract", 449, "autoencoding"): ("B", "gold maps 'auto-encoding' to autoencoder"),
    ("abstract", 615, "semantic comparison"): (
        DROP,
        "umbrella for the evaluated tasks ('tasks involving semantic comparison'), not a task name (s7)",
    ),
}
D[22] = {
    ("abstract", 59, "supervised training"): (
        "A",
        "the same paradigm as the following 'supervised pre-training' (and the supervised teacher)",
    ),
    ("c", "representation learning", "role"): (
        "A",
        "the paper's area (distilled representations), gold usually 'uses'",
    ),
    ("c", "supervised pre-training", "salient"): (
        "B",
        "one of the teacher paradigms; the title names MAE and contrastive learners",
    ),
    ("c", "feature distillation", "role"): (
        "A",
        "prior methods the paper examines experimentally and improves on (s7 roles)",
    ),
    ("c", "mask feature reconstruction", "role"): ("A", "as above"),
}
D[23] = {
    ("abstract", 434, "global tokens"): (
        KEEP,
        "a named component of global-local attention that surveys list (ETC, Longformer, BigBird)",
    ),
}
D[24] = {
    ("c", "explainability", "role"): (
        "A",
        "same phrase as mechanistic interpretability ('a tool for mechanistic interpretability and explainability research'), which both gave 'uses'",
    ),
}
D[25] = {
    ("title", 51, "AI Transparency"): (
        DROP,
        "'AI' modifying a property noun (s7); the abstract's 'transparency of AI systems' / 'transparency research' are unmarked by both",
    ),
    ("c", "large language models", "salient"): (
        "A",
        "RepE is demonstrated on LLMs (the models it monitors and controls)",
    ),
}
D[26] = {
    ("title", 69, "Evaluation"): (
        KEEP,
        "the task EREDAT addresses (data-to-text evaluation, spelled out in its name); results are reported on it",
    ),
    ("c", "contrastive learning", "salient"): (
        "B",
        "training ingredient, not in the one-line summary (as P15)",
    ),
}
D[27] = {
    ("title", 44, "N-gram Enhanced Text Encoders"): (
        "B",
        "the title's full name, parallel to pre-trained text encoders",
    ),
    ("abstract", 547, "n-gram-enhanced encoders"): ("B", "as above"),
    ("c", "natural language processing", "role"): (
        "B",
        "field named as background; gold gives NLP 'mentions' 18 of 19 times",
    ),
    ("c", "n-grams", "salient"): (
        "A",
        "named in a background sentence; the salient concept is the n-gram-enhanced encoders",
    ),
}
D[28] = {
    ("abstract", 359, "concatenation"): (
        (M, "dense connections"),
        "concatenation = DenseNet's dense connections (synonyms share one concept, s7), counterpart of additive shortcuts = residual connections",
    ),
    ("abstract", 663, "concatenation shortcuts"): ("B", "as above"),
    ("abstract", 828, "residual learning"): (
        "A",
        "residual learning = residual connections (ResNet lineage), same concept as 'additive shortcuts'",
    ),
    ("abstract", 1146, "concatenation"): (
        (M, "dense connections"),
        "'the concatenation over additive shortcuts': the paper's key comparison",
    ),
}
D[29] = {
    ("abstract", 236, "decomposition"): (
        KEEP,
        "bare task word for the evaluated task reflectance decomposition (s7)",
    ),
    ("abstract", 387, "decomposition"): (KEEP, "as above"),
    ("abstract", 965, "smooth manifold auto-encoders"): (
        "A",
        "spelling of gold's autoencoder family ('autoencoder', 'sparse autoencoder')",
    ),
}
D[30] = {
    ("title", 24, "Occam's razor"): (
        KEEP,
        "a named learning principle like gold infomax principle / minimum description length (METHOD); central to the paper",
    ),
    ("abstract", 290, "Occam's razor"): (KEEP, "as above"),
    ("abstract", 403, "training error"): (
        DROP,
        "a quantity minimised as the objective, not reported (batch 2 dropped 'accuracy' as a goal)",
    ),
    ("abstract", 543, "Occam's razor"): (KEEP, "as above"),
    ("abstract", 744, "next-token prediction loss"): (
        DROP,
        "shortest span: the concept is the objective next-token prediction (B's span)",
    ),
    ("abstract", 744, "next-token prediction"): (KEEP, "as above"),
    ("abstract", 956, "training error"): (DROP, "as above: minimised, not reported"),
    ("c", "data compression", "role"): (
        "B",
        "frames prequential coding ('a data compression technique'); not a task the paper addresses",
    ),
}
D[33] = {
    ("abstract", 828, "encoder-decoder models"): (
        DROP,
        "head noun 'models' dropped (s7 shortest span), as gold's usual span 'encoder-decoder'",
    ),
    ("abstract", 828, "encoder-decoder"): (KEEP, "as above"),
    ("c", "audio understanding", "generic"): (
        "A",
        "like gold video understanding / visual understanding (generic false)",
    ),
    ("c", "Transformer", "salient"): (
        "B",
        "the title defines the paper against Transformers ('without Transformers')",
    ),
}
D[34] = {
    ("abstract", 684, "online speech distortion"): (
        DROP,
        "gold keeps 'module' in component names (local alignment module, Context Coupling Module)",
    ),
    ("abstract", 684, "online speech distortion module"): (KEEP, "as above"),
    ("abstract", 1179, "acoustic features"): (
        KEEP,
        "baseline family the results are measured against (s7 roles: compares_with)",
    ),
    ("c", "multi-task self-supervised learning", "generic"): (
        "A",
        "the paper's specific approach (PASE workers); gold multi-task learning is generic false",
    ),
}
D[35] = {
    ("c", "transfer learning", "salient"): (
        "B",
        "results are reported on transfer learning benchmarks (s7 salient)",
    ),
}
D[36] = {
    ("abstract", 133, "dot-product self-attention"): (
        DROP,
        "shortest span: 'dot-product' is not part of the concept self-attention",
    ),
    ("abstract", 145, "self-attention"): (KEEP, "as above"),
    ("abstract", 757, "computation"): (
        KEEP,
        "cost named next to a claimed gain ('without introducing significant extra computation', s7 cost measures)",
    ),
    ("abstract", 1482, "computation"): (
        KEEP,
        "'improve dense prediction performance with less computation' (s7 cost measures)",
    ),
    ("c", "Vision Transformer", "role"): (
        "A",
        "g^nConv is applied to vision Transformers ('improve various vision Transformers')",
    ),
}
D[37] = {
    ("abstract", 941, "optimization-based approaches"): (
        KEEP,
        "the method family the paper is compared against (s7 roles), head noun kept as for 'Neuro-symbolic approaches'",
    ),
}
D[38] = {
    ("c", "language models", "salient"): ("B", "the paper is about (transformer and n-gram) language models"),
}
D[41] = {
    ("abstract", 749, "prefix-LM"): (
        "B",
        "here a model architecture, kept apart from the objective prefix language modeling (as P5 keeps masked language models apart from masked language modeling)",
    ),
    ("c", "infill sampling", "salient"): ("B", "one of the four components the paper's lessons are about"),
    ("c", "causal language modeling", "salient"): ("B", "as above (learning methods)"),
    ("c", "span corruption", "salient"): ("B", "as above"),
    ("c", "infilling", "salient"): ("B", "as above"),
}
D[42] = {
    ("abstract", 946, "neural representation learning"): (
        KEEP,
        "a representation-learning variant, generic learning paradigm (s7)",
    ),
}
D[43] = {
    ("c", "SegMAN Encoder", "salient"): (
        "B",
        "the paper's own model and its versions carry the reported results",
    ),
    ("c", "SegMAN-B Encoder", "salient"): ("B", "reports 85.1% ImageNet-1k accuracy"),
    ("c", "SegMAN-B", "salient"): ("B", "reports the mIoU results"),
}
D[44] = {
    ("abstract", 871, "orthogonal rotations"): (
        DROP,
        "a mathematical transformation describing a finding about the feature space (s7 formalisms); 'spatial transformations' beside it unmarked by both",
    ),
    ("c", "contrastive learning", "role"): (
        "A",
        "named as an example ('non-image tasks such as contrastive learning')",
    ),
}
D[45] = {
    ("abstract", 207, "learning of logical functions"): (
        KEEP,
        "the learning problem the paper studies (Boolean function learning), every occurrence",
    ),
    ("abstract", 319, "learn logical functions"): (KEEP, "as above"),
    ("abstract", 679, "canonical holdout"): (
        KEEP,
        "named distribution-shift setting that results are given for",
    ),
    ("abstract", 792, "Boolean influence"): (
        DROP,
        "theoretical Boolean-analysis quantity, like noise-stability which both left unmarked (s7 formalisms)",
    ),
    ("abstract", 1037, "learning logical functions"): (KEEP, "as above"),
    ("abstract", 1181, "Boolean influence"): (DROP, "as above"),
    ("c", "distribution shift", "salient"): ("B", "the main setting of the results (title 'Unseen Data')"),
}
D[46] = {
    ("abstract", 406, "ideal words"): (KEEP, "the paper's named notion (proposes)"),
    ("abstract", 942, "retrieval"): (
        "A",
        "retrieval with CLIP embeddings is image-text retrieval (gold string)",
    ),
}
D[47] = {
    ("title", 38, "Scientific Document Representations"): (
        DROP,
        "'scientific' is a domain modifier, not part of the concept document embeddings (s7 shortest span)",
    ),
    ("title", 49, "Document Representations"): (KEEP, "as above"),
    ("title", 79, "Citation Embeddings"): (
        "A",
        "the title's name; 'citation graph embeddings' is the same thing",
    ),
    ("abstract", 9, "scientific document representations"): (DROP, "as above"),
    ("abstract", 20, "document representations"): (KEEP, "as above"),
    ("abstract", 632, "citation graph embeddings"): ("A", "as above"),
}
D[48] = {
    ("title", 27, "Depth Compression"): (
        "A",
        "the problem ('existing depth compression methods'); compression problems are TASK in gold",
    ),
    ("abstract", 169, "depth compression"): ("A", "as above"),
    ("abstract", 568, "pruning"): (
        KEEP,
        "'jointly pruning convolution layers': pruning names how (s2), every occurrence",
    ),
    ("abstract", 665, "depth compression"): ("A", "as above"),
    ("abstract", 1098, "depth compression"): ("A", "as above"),
    ("c", "depth compression", "label"): ("A", "as above"),
    ("c", "speedup", "salient"): (
        "B",
        "the target measure of LayerMerge ('achieve a desired inference speed-up')",
    ),
}
D[49] = {
    ("abstract", 0, "Learning deep discrete latent presentations"): (
        DROP,
        "verb phrase with the non-name modifier 'deep' inside; the shortest span is 'discrete (latent) representations'",
    ),
    ("abstract", 14, "discrete latent presentations"): (
        KEEP,
        "as above; concept discrete representations like gold sparse/dense/invariant representations",
    ),
    ("abstract", 253, "learning deep discrete representations"): (DROP, "as above"),
    ("abstract", 267, "discrete representations"): (KEEP, "as above"),
    ("abstract", 378, "learning deep discrete representations"): (DROP, "as above"),
    ("abstract", 392, "discrete representations"): (KEEP, "as above"),
    ("abstract", 471, "learning deep discrete representations"): (DROP, "as above"),
    ("abstract", 485, "discrete representations"): (KEEP, "as above"),
    ("abstract", 833, "clustering"): (KEEP, "names a technique (gold clustering METHOD); every occurrence"),
    ("abstract", 921, "clustering"): (KEEP, "as above"),
    ("c", "VQ-VAE", "salient"): (
        "B",
        "VQ-WAE is a VQ-VAE variant; VQ-VAE frames the whole paper, not only a baseline",
    ),
}
D[50] = {
    ("abstract", 0, "Deep convolutional networks"): (
        DROP,
        "'deep' is a non-name modifier (s7 shortest span)",
    ),
    ("abstract", 5, "convolutional networks"): (KEEP, "as above"),
    ("c", "U-Net", "salient"): (
        "B",
        "Shift-Net is a U-Net with a shift-connection layer (like DeepLabv3 for DeepLabv3+ in P19)",
    ),
}
D[51] = {
    ("abstract", 1209, "set-aware models"): (
        KEEP,
        "the model family the results are compared against (s7 roles: compares_with)",
    ),
    ("c", "hierarchical modality attention", "salient"): ("B", "named in the title"),
    ("c", "IntraMRA", "salient"): (
        "A",
        "components of the own method are not salient (as MMSCopE, progressive redundant token masking)",
    ),
    ("c", "InterMRA", "salient"): ("A", "as above"),
}
D[52] = {
    ("abstract", 718, "total bits"): (
        KEEP,
        "the measured cost axis of the reported trade-off (s7 cost measures)",
    ),
}
D[53] = {
    ("abstract", 825, "MI estimators"): (
        KEEP,
        "names a thing on its own (InfoNCE, MINE ...), one of the two factors of the paper's claim",
    ),
    ("abstract", 825, "MI"): (DROP, "gives way to A's whole span"),
    ("c", "self-supervised representation learning", "salient"): (
        "A",
        "named in background; the salient concept is representation learning (title)",
    ),
}
D[54] = {
    ("title", 41, "universal audio representation learning"): (
        DROP,
        "'universal' is a non-name modifier; representation-learning variants are generic paradigms (s7)",
    ),
    ("title", 51, "audio representation learning"): (KEEP, "as above"),
    ("abstract", 12, "universal audio representation learning"): (DROP, "as above"),
    ("abstract", 22, "audio representation learning"): (KEEP, "as above"),
}
D[55] = {
    ("abstract", 1411, "interpretability maximization"): (
        KEEP,
        "the fine-tuning objective the paper introduces, like gold mutual information maximization",
    ),
    ("abstract", 1411, "interpretability"): (DROP, "gives way to B's whole span"),
    ("c", "pre-trained models", "salient"): (
        "B",
        "the paper studies pre-trained (vision) models' representations (title)",
    ),
}
D[56] = {
    ("abstract", 64, "signal representation"): (
        DROP,
        "background description of what INRs do, not a task the paper addresses (s7 bare task words)",
    ),
}
D[57] = {
    ("title", 47, "Recognition"): (
        DROP,
        "umbrella words ('recognition tasks', s7); the evaluated tasks are object detection and image classification",
    ),
    ("title", 63, "Localization"): (DROP, "as above"),
    ("abstract", 244, "recognition"): (
        DROP,
        "as above ('tasks requiring simultaneous recognition and localization (e.g., object detection)')",
    ),
    ("abstract", 260, "localization"): (DROP, "as above"),
    ("abstract", 303, "encoder-decoder"): (
        KEEP,
        "head noun 'architecture(s)' dropped (s7), gold's usual span",
    ),
    ("abstract", 303, "encoder-decoder architectures"): (DROP, "as above"),
    ("abstract", 473, "encoder-decoder"): (KEEP, "as above"),
    ("abstract", 473, "encoder-decoder architecture"): (DROP, "as above"),
    ("c", "SpineNet-190", "salient"): ("B", "the version with the headline COCO results"),
    ("c", "convolutional neural networks", "role"): ("A", "opening background sentence"),
    ("c", "cross-scale connections", "role"): (
        "B",
        "part of the proposed SpineNet design ('a backbone with scale-permuted intermediate features and cross-scale connections')",
    ),
    ("c", "top-1 accuracy", "salient"): ("A", "a metric the results are reported with (iNaturalist)"),
}
D[58] = {
    ("title", 0, "Learning Visual Representations"): (
        KEEP,
        "names the paradigm visual representation learning (gold string, s7 learning paradigms)",
    ),
    ("abstract", 652, "learn visual representations"): (KEEP, "as above"),
    ("abstract", 861, "textual encoders"): (
        KEEP,
        "elliptical 'visual and textual encoders': the complete conjunct (s7)",
    ),
}
D[60] = {
    ("title", 10, "Online Processing"): (
        KEEP,
        "the problem the dissertation addresses (title, 'online inference'); results are given for it",
    ),
    ("abstract", 890, "online inference"): (KEEP, "same problem"),
    ("abstract", 1169, "online processing"): (KEEP, "as above"),
    ("abstract", 1359, "online inference"): (KEEP, "as above"),
    ("abstract", 1685, "fusible adapter networks"): (
        KEEP,
        "'fusible' makes a different concept (adapters that fuse into the weights, s7)",
    ),
    ("abstract", 1693, "adapter networks"): (DROP, "gives way to B's whole span"),
}

# Changes to agreed annotations for consistency with the earlier gold: {paper: {old concept: new}}.
RENAME = {}

# Attribute overrides applied last: {paper: {concept: {attribute: value}}}.
ATTRS = {}
