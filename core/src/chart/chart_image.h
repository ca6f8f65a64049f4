// A chart as an image to share: the story's title above it and an opaque background, so that the
// file read on its own (or drawn into a PNG) says what it is, where it comes from and its notes.
#pragma once

#include "trade_widget/dataset.h"
#include "trade_widget/scene.h"

namespace tw::detail {

/// The chart scene below a header with the dataset's title, on a background rectangle.
Scene image_scene(const Dataset& ds, Scene chart);

}  // namespace tw::detail
