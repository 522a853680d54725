"""Annotator A's result annotations for the SciREX abstracts; run it to rewrite results.jsonl.

The helper turns (context, text, fields) specs into results with checked offsets.

Each spec names a context substring that must occur exactly once in the field, and the value's
text inside it; the offset is computed, never typed by hand.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAPERS = [
    json.loads(line) for line in (HERE.parent / "papers.jsonl").read_text(encoding="utf-8").splitlines()
]


def R(
    ctx,
    text,
    metric,
    kind="absolute",
    unit="",
    value=None,
    dataset=None,
    task=None,
    method=None,
    own=True,
    approx=False,
    field="abstract",
):
    return {
        "ctx": ctx,
        "text": text,
        "value": text if value is None else value,
        "unit": unit,
        "kind": kind,
        "metric": metric,
        "dataset": dataset,
        "task": task,
        "method": method,
        "own": own,
        "approx": approx,
        "field": field,
    }


def resolve(paper, spec):
    src = paper[spec["field"]]
    ctx, text = spec["ctx"], spec["text"]
    n = src.count(ctx)
    assert n == 1, (paper["id"], ctx, n)
    c = src.find(ctx)
    i = ctx.find(text)
    assert i >= 0, (paper["id"], ctx, text)
    start = c + i
    end = start + len(text)
    assert src[start:end] == text
    out = {
        k: spec[k]
        for k in ("value", "unit", "kind", "metric", "dataset", "task", "method", "own", "approx", "field")
    }
    out.update(start=start, end=end, text=text)
    return out


def write(ann):
    """ann: {paper index: [specs]}; writes results for indices 0..max contiguous annotated."""
    lines = []
    for i, p in enumerate(PAPERS):
        if i not in ann:
            break
        lines.append(
            json.dumps({"id": p["id"], "results": [resolve(p, s) for s in ann[i]]}, ensure_ascii=False)
        )
    (HERE / "results.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "papers,", sum(len(v) for k, v in ann.items() if k < len(lines)), "results")


A = {}
A[0] = []
A[1] = []
A[2] = [R("in less than ten minutes", "ten", "training time", method="fastText", approx=True)]
A[3] = []
A[4] = [
    R("over 160 M parameters", "160", "parameters", unit="M", method="FlowNet2", own=False, approx=True),
    R("30 times smaller", "30", "model size", kind="relative", unit="x", method="LiteFlowNet"),
    R("1.36 times faster", "1.36", "running speed", kind="relative", unit="x", method="LiteFlowNet"),
]
A[5] = []
A[6] = []
A[7] = [
    R("attaining 2.5 F1", "2.5", "F1", "relative", "points", dataset="CoNLL-2005", task="SRL", method="LISA"),
    R(
        "more than 3.5 F1",
        "3.5",
        "F1",
        "relative",
        "points",
        dataset="CoNLL-2005",
        task="SRL",
        method="LISA",
        approx=True,
    ),
    R(
        "nearly 10% reduction",
        "10",
        "error",
        "relative",
        "%",
        dataset="CoNLL-2005",
        task="SRL",
        method="LISA",
        approx=True,
    ),
    R(
        "more than 2.5 F1",
        "2.5",
        "F1",
        "relative",
        "points",
        dataset="ConLL-2012",
        task="SRL",
        method="LISA",
        approx=True,
    ),
    R("nearly 1.0 F1", "1.0", "F1", "relative", "points", method="LISA", approx=True),
    R("more than 2.0 F1", "2.0", "F1", "relative", "points", method="LISA", approx=True),
]
A[8] = []
A[9] = [
    R("26% smaller", "26", "model size", "relative", "%", dataset="ImagNet-1k", method="DPN"),
    R("25% less", "25", "computational cost", "relative", "%", dataset="ImagNet-1k", method="DPN"),
    R("8% lower", "8", "memory consumption", "relative", "%", dataset="ImagNet-1k", method="DPN"),
    R(
        "about 2 times faster",
        "2",
        "training speed",
        "relative",
        "x",
        dataset="ImagNet-1k",
        method="DPN-131",
        approx=True,
    ),
]
A[10] = []
A[11] = []
A[12] = [
    R(
        "achieves 28.4 BLEU",
        "28.4",
        "BLEU",
        dataset="WMT 2014 English-to-German",
        task="machine translation",
        method="Transformer",
    ),
    R(
        "by over 2 BLEU",
        "2",
        "BLEU",
        "relative",
        "points",
        dataset="WMT 2014 English-to-German",
        task="machine translation",
        method="Transformer",
        approx=True,
    ),
    R(
        "score of 41.8",
        "41.8",
        "BLEU",
        dataset="WMT 2014 English-to-French",
        task="machine translation",
        method="Transformer",
    ),
    R(
        "for 3.5 days",
        "3.5",
        "training time",
        dataset="WMT 2014 English-to-French",
        task="machine translation",
        method="Transformer",
    ),
]
A[13] = [
    R(
        "86.2% mean IOU",
        "86.2",
        "mean IOU",
        unit="%",
        dataset="PASCAL VOC 2012",
        task="semantic segmentation",
        method="DFN",
    ),
    R(
        "80.3% mean IOU",
        "80.3",
        "mean IOU",
        unit="%",
        dataset="Cityscapes",
        task="semantic segmentation",
        method="DFN",
    ),
]
A[14] = []
A[15] = []
A[16] = [
    R("(0.37% error)", "0.37", "error", unit="%", dataset="MNIST", task="image classification"),
    R("(2.2% error)", "2.2", "error", unit="%", dataset="NORB-small", task="image classification"),
    R("(4% error)", "4", "error", unit="%", dataset="SVHN", task="image classification"),
]
A[17] = []
A[18] = []
A[19] = [
    R(
        "+ 4-point mAP",
        "4",
        "mAP",
        "relative",
        "points",
        dataset="COCO keypoints",
        task="pose estimation",
        method="MultiPoseNet",
    ),
    R(
        "at least 4x faster",
        "4",
        "speed",
        "relative",
        "x",
        dataset="COCO keypoints",
        method="MultiPoseNet",
        approx=True,
    ),
    R("with 23 frames/sec", "23", "speed", method="MultiPoseNet"),
]
A[20] = []
A[21] = []
A[22] = []
A[23] = [
    R(
        "ImageNet from 87.6%",
        "87.6",
        "one-shot accuracy",
        unit="%",
        dataset="ImageNet",
        task="one-shot learning",
        own=False,
    ),
    R(
        "to 93.2%",
        "93.2",
        "one-shot accuracy",
        unit="%",
        dataset="ImageNet",
        task="one-shot learning",
        method="Matching Networks",
    ),
    R(
        "from 88.0%",
        "88.0",
        "one-shot accuracy",
        unit="%",
        dataset="Omniglot",
        task="one-shot learning",
        own=False,
    ),
    R(
        "to 93.8%",
        "93.8",
        "one-shot accuracy",
        unit="%",
        dataset="Omniglot",
        task="one-shot learning",
        method="Matching Networks",
    ),
]
A[24] = []
A[25] = []
A[26] = []
A[27] = [
    R(
        "from 55.3%",
        "55.3",
        "rank-1 accuracy",
        unit="%",
        dataset="Market-1501",
        task="re-ID",
        method="CaffeNet",
        own=False,
    ),
    R("to 80.5%", "80.5", "rank-1 accuracy", unit="%", dataset="Market-1501", task="re-ID", method="SVDNet"),
    R(
        "from 73.8%",
        "73.8",
        "rank-1 accuracy",
        unit="%",
        dataset="Market-1501",
        task="re-ID",
        method="ResNet-50",
        own=False,
    ),
    R("to 82.3%", "82.3", "rank-1 accuracy", unit="%", dataset="Market-1501", task="re-ID", method="SVDNet"),
]
_se = {"dataset": "SemEval Task 1:E-c", "task": "multidimensional emotion classification"}
A[28] = [
    R("a 0.69 F1", "0.69", "F1", **_se),
    R("Fear (0.73)", "0.73", "F1 (Fear)", **_se),
    R("Disgust (0.77)", "0.77", "F1 (Disgust)", **_se),
    R("Anger (0.78)", "0.78", "F1 (Anger)", **_se),
    R("Anticipation (0.42)", "0.42", "F1 (Anticipation)", **_se),
    R("Surprise (0.37)", "0.37", "F1 (Surprise)", **_se),
]
A[29] = []
A[30] = []
A[31] = [
    R(
        "more than 10 F1 points",
        "10",
        "F1",
        "relative",
        "points",
        dataset="BUCC shared task",
        task="parallel corpus mining",
        approx=True,
    ),
    R("from 48.9 to", "48.9", "precision", dataset="UN corpus", own=False),
    R("to 83.3 on", "83.3", "precision", dataset="UN corpus"),
    R("obtain 31.2 BLEU", "31.2", "BLEU", dataset="newstest2014"),
    R("more than one point", "one", "BLEU", "relative", "points", dataset="newstest2014", approx=True),
]
A[32] = []
A[33] = []
A[34] = [
    R(
        "is 5.9% for",
        "5.9",
        "error rate",
        unit="%",
        dataset="Switchboard",
        task="conversational speech recognition",
        method="professional transcribers",
        own=False,
    ),
    R(
        "and 11.3% for",
        "11.3",
        "error rate",
        unit="%",
        dataset="CallHome",
        task="conversational speech recognition",
        method="professional transcribers",
        own=False,
    ),
    R(
        "rates of 5.8%",
        "5.8",
        "error rate",
        unit="%",
        dataset="Switchboard",
        task="conversational speech recognition",
    ),
    R(
        "and 11.0%, respectively",
        "11.0",
        "error rate",
        unit="%",
        dataset="CallHome",
        task="conversational speech recognition",
    ),
]
A[35] = []
A[36] = [
    R(
        "accuracy of 70.7%",
        "70.7",
        "accuracy",
        unit="%",
        task="identifying a well-formed natural language question",
    )
]
A[37] = [R("in 41 of the 49 games", "41", "games outperformed", dataset="Atari 2600")]
_lm = {"task": "language modeling", "method": "PDR"}
A[38] = [
    R("perplexity of 55.6", "55.6", "word level perplexity", dataset="Penn Treebank", **_lm),
    R("and 63.5 on", "63.5", "word level perplexity", dataset="WikiText-2", **_lm),
    R("perplexity of 53.8", "53.8", "word level perplexity", dataset="Penn Treebank", **_lm),
    R("and 60.5 on", "60.5", "word level perplexity", dataset="WikiText-2", **_lm),
    R(
        "achieves 1.169 bits",
        "1.169",
        "bits-per-character",
        dataset="Penn Treebank Character",
        task="character level language modeling",
        method="PDR",
    ),
]
A[39] = []
A[40] = [
    R("took around 4 days", "4", "training time", method="dasNet", approx=True),
    R("relative improvement of 6%", "6", "performance", "relative", "%", method="dasNet"),
    R("performance of 40.70%", "40.70", "correct", unit="%", method="15-nearest neighbour"),
    R("and 45.74% correct", "45.74", "correct", unit="%", method="logistic regression"),
]
A[41] = []
_ml = {"task": "character level language modelling", "method": "mLSTM"}
A[42] = [
    R("achieve 1.27 bits/char", "1.27", "bits/char", dataset="text8", **_ml),
    R("and 1.24 bits/char", "1.24", "bits/char", dataset="Hutter Prize", **_ml),
    R("entropy of 1.26", "1.26", "character level entropy", dataset="WikiText-2", **_ml),
    R("perplexity of 88.8", "88.8", "word level perplexity", dataset="WikiText-2", **_ml),
]
_m = {"dataset": "MNIST"}
A[43] = [
    R("is 160 errors", "160", "errors", own=False, **_m),
    R("about 130 errors", "130", "errors", method="dropout", approx=True, **_m),
    R("about 110 errors", "110", "errors", method="dropout", approx=True, **_m),
    R("got 118 errors", "118", "errors", method="deep belief net", own=False, **_m),
    R("and 92 errors", "92", "errors", method="dropout", **_m),
    R("got 103, 97", "103", "errors", method="deep Boltzmann machine", own=False, **_m),
    R("103, 97, 94", "97", "errors", method="deep Boltzmann machine", own=False, **_m),
    R("97, 94, 93", "94", "errors", method="deep Boltzmann machine", own=False, **_m),
    R("94, 93 and 88", "93", "errors", method="deep Boltzmann machine", own=False, **_m),
    R("and 88 errors", "88", "errors", method="deep Boltzmann machine", own=False, **_m),
    R("and 83, 79", "83", "errors", method="dropout", **_m),
    R("83, 79, 78", "79", "errors", method="dropout", **_m),
    R("79, 78, 78", "78", "errors", method="dropout", **_m),
    R("78 and 77", "78", "errors", method="dropout", **_m),
    R("and 77 errors", "77", "errors", method="dropout", **_m),
    R("mean of 79 errors", "79", "errors", method="dropout", **_m),
    R("is 18.5%", "18.5", "error rate", unit="%", dataset="CIFAR-10", own=False),
    R("error rate of 16.6%", "16.6", "error rate", unit="%", dataset="CIFAR-10"),
    R("error rate of 15.6%", "15.6", "error rate", unit="%", dataset="CIFAR-10", method="dropout"),
    R("error rate of 47.2%", "47.2", "error rate", unit="%", dataset="ImageNet", own=False),
    R("is 45.7%", "45.7", "error rate", unit="%", dataset="ImageNet", own=False),
    R("of 48.6% error", "48.6", "error", unit="%", dataset="ImageNet"),
    R("a record 42.4%", "42.4", "error", unit="%", dataset="ImageNet", method="dropout"),
    R("gets 31.05% error", "31.05", "error", unit="%", dataset="Reuters", own=False),
    R("to 29.62%", "29.62", "error", unit="%", dataset="Reuters", method="dropout"),
]
_gec = {"task": "GEC"}
A[44] = [
    R("performance: 75.72", "75.72", "performance", dataset="CoNLL-2014", **_gec),
    R("and 62.42 (GLEU)", "62.42", "GLEU", dataset="JFLEG", **_gec),
    R("(72.58 for CoNLL", "72.58", "performance", dataset="CoNLL", method="human", own=False, **_gec),
    R("62.37 for JFLEG", "62.37", "GLEU", dataset="JFLEG", method="human", own=False, **_gec),
]
_gan = {"dataset": "ImageNet", "task": "class-conditional image synthesis"}
A[45] = [
    R("of 166.5", "166.5", "Inception Score", method="BigGANs", **_gan),
    R("(FID) of 7.4", "7.4", "FID", method="BigGANs", **_gan),
    R("IS of 52.52", "52.52", "IS", own=False, **_gan),
    R("FID of 18.65", "18.65", "FID", own=False, **_gan),
]
A[46] = [
    R(
        "achieving 16.0% error",
        "16.0",
        "error",
        unit="%",
        dataset="Switchboard Hub5’00",
        task="speech recognition",
        method="Deep Speech",
    )
]
A[47] = []
A[48] = []
A[49] = []
A[50] = []
A[51] = []
A[52] = []
A[53] = []
A[54] = []
A[55] = []
A[56] = [
    R("to 47.69", "47.69", "perplexity", dataset="Penn Treebank", task="language modeling"),
    R("and 40.68", "40.68", "perplexity", dataset="WikiText-2", task="language modeling"),
    R(
        "over 5.6 points",
        "5.6",
        "perplexity",
        "relative",
        "points",
        dataset="1B Word",
        task="language modeling",
        approx=True,
    ),
]
A[57] = [
    R(
        "a 2.3% mAP",
        "2.3",
        "mAP",
        "relative",
        "%",
        dataset="VOC07",
        task="object detection",
        method="A-Fast-RCNN",
    ),
    R(
        "a 2.6% mAP",
        "2.6",
        "mAP",
        "relative",
        "%",
        dataset="VOC2012",
        task="object detection",
        method="A-Fast-RCNN",
    ),
]
_amr = {"task": "AMR-to-text generation"}
A[58] = [
    R("achieves 24.40 BLEU", "24.40", "BLEU", dataset="LDC2015E86", **_amr),
    R("by 1.1 points", "1.1", "BLEU", "relative", "points", dataset="LDC2015E86", **_amr),
    R("and 24.54 BLEU", "24.54", "BLEU", dataset="LDC2017T10", **_amr),
    R("by 1.24 points", "1.24", "BLEU", "relative", "points", dataset="LDC2017T10", **_amr),
]
A[59] = []
A[60] = [
    R(
        "solving 20/20 tasks",
        "20/20",
        "tasks solved",
        dataset="bAbI",
        task="question-answering",
        method="recurrent relational network",
    ),
    R(
        "solving 96.6%",
        "96.6",
        "puzzles solved",
        unit="%",
        task="Sudoku",
        method="recurrent relational network",
    ),
]
A[61] = []
A[62] = [
    R(
        "eight out of nine GLUE tasks",
        "eight",
        "tasks with state-of-the-art results",
        dataset="GLUE",
        method="MT-DNN",
    ),
    R("to 82.2%", "82.2", "performance", unit="%", dataset="GLUE", method="MT-DNN"),
    R("(1.8% absolute", "1.8", "performance", "relative", "%", dataset="GLUE", method="MT-DNN"),
]
A[63] = []
_vqa = {"dataset": "VQA v2.0"}
A[64] = [
    R("from 65.67%", "65.67", "performance", unit="%", method="up-down", own=False, **_vqa),
    R("to 70.24%", "70.24", "performance", unit="%", method="Pythia v0.1", **_vqa),
    R("by 1.31%", "1.31", "performance", "relative", "%", method="Pythia v0.1"),
    R("achieve 72.27%", "72.27", "performance", unit="%", method="Pythia v0.1", **_vqa),
]
A[65] = [
    R("processes 30% more pixels", "30", "pixels processed", "relative", "%", dataset="COCO", method="SNIPER")
]
_mt = {"dataset": "WMT’14", "task": "English to French translation"}
A[66] = [
    R("score of 34.8", "34.8", "BLEU", method="LSTM", **_mt),
    R("score of 33.3", "33.3", "BLEU", method="phrase-based SMT system", own=False, **_mt),
    R("increases to 36.5", "36.5", "BLEU", method="LSTM", **_mt),
]
A[67] = [
    R(
        "from 74.53%",
        "74.53",
        "miss rate",
        unit="%",
        dataset="Caltech",
        task="pedestrian detection",
        own=False,
    ),
    R("to 60.79%", "60.79", "miss rate", unit="%", dataset="Caltech", task="pedestrian detection"),
]
A[68] = []
A[69] = []
A[70] = []
A[71] = [
    R("score of 71.3 F1", "71.3", "F1", dataset="TriviaQA", task="document QA"),
    R(
        "the 56.7 F1",
        "56.7",
        "F1",
        dataset="TriviaQA",
        task="document QA",
        method="previous best system",
        own=False,
    ),
]
A[72] = []
_reid = {"task": "person re-identification", "method": "LOMO+XQDA"}
A[73] = [
    R("by 2.2%", "2.2", "rank-1 identification rate", "relative", "%", dataset="VIPeR", **_reid),
    R("4.88%", "4.88", "rank-1 identification rate", "relative", "%", dataset="QMUL GRID", **_reid),
    R("28.91%", "28.91", "rank-1 identification rate", "relative", "%", dataset="CUHK Campus", **_reid),
    R("31.55%", "31.55", "rank-1 identification rate", "relative", "%", dataset="CUHK03", **_reid),
]
A[74] = []
A[75] = []
A[76] = []
A[77] = [
    R(
        "nearly 30% of the outputs",
        "30",
        "outputs with fake facts",
        unit="%",
        task="abstractive summarization",
        method="state-of-the-art neural summarization system",
        own=False,
        approx=True,
    ),
    R(
        "by 80%",
        "80",
        "fake summaries",
        "relative",
        "%",
        dataset="Gigaword",
        task="abstractive summarization",
    ),
]
A[78] = [
    R(
        "delivered 88.7%",
        "88.7",
        "recognition accuracy",
        unit="%",
        dataset="CK +",
        task="facial expression recognition",
    )
]
A[79] = [R("requiring one order of magnitude", "one", "parameters", "relative", method="SemiDenseNet")]
_lm = {"task": "language modeling", "method": "Transformer-XL"}
_sota = {"task": "language modeling", "method": "SoTA", "own": False}
A[80] = [
    R("about 80% longer", "80", "dependency length", "relative", "%", approx=True, **_lm),
    R("and 450% longer", "450", "dependency length", "relative", "%", **_lm),
    R(
        "up to 1, 800 + times",
        "1, 800",
        "evaluation speed",
        "relative",
        "x",
        value="1,800",
        approx=True,
        **_lm,
    ),
    R("from 1.06 to", "1.06", "bpc", dataset="enwiki8", **_sota),
    R("to 0.99 on", "0.99", "bpc", dataset="enwiki8", **_lm),
    R("from 1.13 to", "1.13", "bpc", dataset="text8", **_sota),
    R("to 1.08 on", "1.08", "bpc", dataset="text8", **_lm),
    R("from 20.5 to", "20.5", "perplexity", dataset="WikiText-103", **_sota),
    R("to 18.3 on", "18.3", "perplexity", dataset="WikiText-103", **_lm),
    R("from 23.7 to", "23.7", "perplexity", dataset="One Billion Word", **_sota),
    R("to 21.8 on", "21.8", "perplexity", dataset="One Billion Word", **_lm),
    R("from 55.3 to", "55.3", "perplexity", dataset="Penn Treebank", **_sota),
    R("to 54.5 on", "54.5", "perplexity", dataset="Penn Treebank", **_lm),
]
_q = {"method": "quantized densely connected U-Nets"}
A[81] = [
    R("using 70% fewer", "70", "parameters", "relative", "%", **_q),
    R("98% less model size", "98", "model size", "relative", "%", **_q),
    R("saving 75% training memory", "75", "training memory", "relative", "%", **_q),
]
A[82] = [
    R(
        "absolute 5.77% WER",
        "5.77",
        "WER",
        "relative",
        "%",
        dataset="Babel",
        task="low resource speech recognition",
        method="CNN",
    ),
    R("rate of 11.8%", "11.8", "word error rate", unit="%", dataset="Hub5’00", method="very deep CNNs"),
    R("a 1.4% WER", "1.4", "WER", "relative", "%", dataset="Hub5’00", method="very deep CNNs"),
    R("(10.6% relative)", "10.6", "WER", "relative", "%", dataset="Hub5’00", method="very deep CNNs"),
]
A[83] = [
    R("a 40 fold speed up", "40", "speed", "relative", "x", task="brain tumor segmentation"),
    R(
        "over 30 times faster",
        "30",
        "speed",
        "relative",
        "x",
        dataset="2013 BRATS",
        task="brain tumor segmentation",
        approx=True,
    ),
]

if __name__ == "__main__":
    write(A)
