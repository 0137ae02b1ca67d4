"""``site_field`` in the batch layer (map_batch, BatchNormalizer, HF, the Ray mapper): each row's
site selects the site-scoped lexicon entries, as ``clean --site-field`` does."""

from __future__ import annotations

import pickle

import pytest

from normtext import Pipeline
from normtext.batch import BatchNormalizer, map_batch

LEXICON = """
[[entry]]
id = "alpha-stamp"
label = "site_tag"
anchor = "line"
strings = ["ALPHA NEWS"]
sites = ["alpha.com"]
"""
DOC = "ALPHA NEWS\nThe council met on Monday to approve the budget.\n"
BODY = "The council met on Monday to approve the budget.\n"
SITES = ["alpha.com", "beta.com", None]
EXPECTED = [BODY, DOC, DOC]  # a row without a site gets only the site-less entries


@pytest.fixture
def pipe(tmp_path):
    path = tmp_path / "sites.toml"
    path.write_text(LEXICON, encoding="utf-8")
    return Pipeline.from_preset("default", injected={"lexicons": (str(path),)})


def test_map_batch_site_field(pipe):
    batch = {"text": [DOC] * 3, "site": SITES}
    assert map_batch(pipe, batch, site_field="site")["text"] == EXPECTED
    out = map_batch(pipe, batch, site_field="site", annotate="spans")
    assert [len(s) for s in out["normtext_spans"]] == [1, 0, 0]
    assert map_batch(pipe, batch)["text"] == [BODY] * 3  # no site column named: every entry
    with pytest.raises(KeyError, match="no column 'domain'"):
        map_batch(pipe, batch, site_field="domain")


def test_batch_normalizer_pickles_with_site_field(pipe):
    fn = BatchNormalizer(pipe, site_field="site")
    clone = pickle.loads(pickle.dumps(fn))
    assert clone == fn and clone.input_columns == ["text", "site"]
    assert clone({"text": [DOC] * 3, "site": SITES})["text"] == EXPECTED
    # without site_field the options (and so HF fingerprints) are what they were
    assert "site_field" not in BatchNormalizer(pipe)._options()


def test_hf_map_with_site_field(pipe):
    datasets = pytest.importorskip("datasets")
    from normtext.integrations.hf import normalize_dataset

    ds = datasets.Dataset.from_dict({"text": [DOC] * 3, "site": SITES})
    out = normalize_dataset(ds, pipe, site_field="site")
    assert out["text"] == EXPECTED and out["site"] == SITES


def test_ray_mapper_with_site_field(pipe):
    pa = pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    from normtext.integrations.ray import NormtextMapper

    mapper = NormtextMapper(pipe.to_config(), site_field="site")
    table = pa.table({"text": [DOC] * 3, "site": SITES})
    assert mapper(table).column("text").to_pylist() == EXPECTED
    frame = pd.DataFrame({"text": [DOC] * 3, "site": SITES})
    assert mapper(frame)["text"].tolist() == EXPECTED
    assert list(mapper({"text": [DOC] * 3, "site": SITES})["text"]) == EXPECTED
