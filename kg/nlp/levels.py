"""The characters of China's administrative levels as bodies and posts are named by them.

One place for them, so every component reads 市委, 乡政府, 旗人大 and 村委 with the same
levels: a body named by its level alone is one as written (市委), a title that opens with
a level (县长, 镇党委书记) is a post, not a person's name.
"""

import re

BODY_LEVELS = "省市县区州旗盟镇乡"  # 省委, 市委, 县政府, 区人大, 州政协, 旗委, 盟委, 镇党委, 乡政府
LOCAL_LEVELS = BODY_LEVELS + "村"  # and the village's: 村委, 村支书
PLACE_ENDS = "省市县区镇乡村"  # a place's last character, never a person's (旗 may be: 小旗)
LEVEL_BODY_WORDS = ("委", "党委", "政府", "人民政府", "人大", "政协")  # 市委, 乡政府 after a level
TOWNSHIP_WORDS = ("街道", "苏木")  # a township's level in two characters: 街道党工委, 苏木党委
WHOLE_AREA = re.compile(rf"^全[{BODY_LEVELS}]")  # 全县, 全市: the whole of the paper's area
