// The replies' outer object, written with the core's JsonWriter (json_writer.h). Why not an
// nlohmann::json object per reply: building a tree and dumping it compiles the tree's object
// code and the serializer into the module, for replies that have a fixed shape.
#pragma once

#include "trade_widget/json_writer.h"

namespace tw::bindings {

/// A reply with {"ok":true already written and the object left open: the caller adds its
/// members and calls end().
inline JsonWriter ok_reply() {
  JsonWriter out;
  out.begin_object().key("ok").boolean(true);
  return out;
}

}  // namespace tw::bindings
