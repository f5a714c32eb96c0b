# The floor plan of models/ (DESIGN.md "Layers and folders", docs/floor-plan.md), checked from the
# #include lines by every build (models/CMakeLists.txt) and by the `layers` test:
# a file may include its own folder and the layers below it, never a layer above or beside it.
#   cmake -DSOURCE_DIR=<checkout> -P cmake/check_layers.cmake
# Fails naming every include that runs up. The circles found when the check was written
# (issue #27: cache<->records, cache<->sync, compliance<->records, records<->search,
# records<->sync) were broken where the lower layer needed an interface or a value type
# (docs/floor-plan.md); there is no list of exceptions.
cmake_minimum_required(VERSION 3.22)
set(levels
  "util|domain"           # 0: value types and helpers
  "cache|audit|demo|render" # 1: the SQLite cache, the audit trail, the demo archive writer, bounded drawing
  "search|sync"           # 2
  "records"               # 3
  "team|datafolder"       # 4: the team database; opening a data folder (cache + records + recovery)
  "services"              # 5
  "compliance|itemmodels") # 6
set(index 0)
foreach(group ${levels})
  string(REPLACE "|" ";" names "${group}")
  foreach(name ${names})
    set(level_${name} ${index})
  endforeach()
  math(EXPR index "${index} + 1")
endforeach()
# Within one level a folder may use another only in one direction; these are the directions.
set(allowed_sideways "audit>cache;sync>search")

set(problems "")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/models/*.cpp")
list(SORT sources)
foreach(source ${sources})
  string(REGEX MATCH "^models/([a-z]+)/" _ "${source}")
  set(own "${CMAKE_MATCH_1}")
  if(NOT DEFINED level_${own})
    list(APPEND problems "${source}: the folder models/${own} has no level in cmake/check_layers.cmake")
    continue()
  endif()
  file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^#include \"[a-z]+/")
  foreach(line ${includes})
    string(REGEX MATCH "^#include \"(([a-z]+)/[^\"]+)\"" _ "${line}")
    set(target "${CMAKE_MATCH_2}")
    set(header "${CMAKE_MATCH_1}")
    if(target STREQUAL own OR NOT DEFINED level_${target})
      continue()
    endif()
    if(level_${target} LESS level_${own} OR "${own}>${target}" IN_LIST allowed_sideways)
      continue()
    endif()
    list(APPEND problems "${source} -> ${header} (models/${target} is level ${level_${target}}, models/${own} level ${level_${own}})")
  endforeach()
endforeach()
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "A file includes a layer above (or beside) its own:\n  ${text}")
endif()
message(STATUS "models/ keeps its floor plan: no include runs up")
